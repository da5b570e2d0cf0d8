// Moved to scripts/support/ (the benchmarks use it too, and scripts never import tests); kept so tests' imports stand.
export * from '../../scripts/support/uploads';
