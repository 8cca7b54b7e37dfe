"""What a business profile needs before any letter is written (services.letters refuses
letters without it): tests about something else add it to their profile."""

SENDER = {"address": "Calle del Coso, 1", "signer_name": "Ana Aranda"}
