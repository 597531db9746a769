struct E;
impl std::error::Error for E {}
fn main() {}
