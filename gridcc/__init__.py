"""Grid Command's shared package: settings, the pure domain core, the launcher and the CLI."""
