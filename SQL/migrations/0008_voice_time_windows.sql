-- Voice routes may be used only at some times of the week (docs/FORMATS.md, "Voice routes", column time_window):
-- the window as written, in its canonical form, e.g. 'Mon-Fri 08:00-18:00 America/New_York'; NULL means all the time.
ALTER TABLE voice_routes ADD COLUMN time_window text;
