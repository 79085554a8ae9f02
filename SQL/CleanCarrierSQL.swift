public import Foundation

/// The numbered SQL migrations of `SQL/migrations/`, embedded in the binary's resource bundle (folder `migrations`).
public enum MigrationFiles {
    /// The bundle whose `migrations` folder holds the `.sql` files.
    public static var bundle: Bundle { Bundle.module }
}
