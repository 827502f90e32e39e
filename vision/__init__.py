"""Video: 5000 camera feeds polled as snapshots, motion-gated, YOLO-detected, turned into Events by zone rules.

``registry`` (which feeds, zones, schedules) -> ``scheduler`` (who is polled
when) -> ``sources`` (frames) -> ``motion`` (worth a look?) -> ``detector``
(YOLO, batched) -> ``rules`` (one alert per incident) -> ``events`` / ``sinks``
(Event, thumbnail, ops screen).  ``pipeline`` wires them, ``worker`` runs
them against the real servers, ``bench`` against the camera simulator;
``model``, ``hotreload`` and ``train`` look after the weights.
"""
