trait Shape: Clone { fn area(&self) -> f64; }
fn main() { let _v: Vec<Box<dyn Shape>> = Vec::new(); }
