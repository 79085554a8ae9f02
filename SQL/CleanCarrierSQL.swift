public import Foundation

/// The numbered SQL migrations of `SQL/`, embedded in the binary's resource bundle.
public enum MigrationFiles {
    /// The bundle that holds the `.sql` files.
    public static var bundle: Bundle { Bundle.module }
}
