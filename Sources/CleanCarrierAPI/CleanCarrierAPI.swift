// Empty file: needed for SwiftPM to recognise this as a Swift target. The code is generated from openapi.yaml.
