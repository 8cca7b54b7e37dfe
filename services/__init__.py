"""The domain: plain Python, no Qt. Widgets call these functions; tests call them directly."""
