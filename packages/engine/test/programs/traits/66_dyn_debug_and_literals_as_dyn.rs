use std::fmt::Debug;
trait Shape: Debug { fn area(&self) -> f64; }
#[derive(Debug)] struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 } }
fn main() {
    let v: Vec<Box<dyn Shape>> = vec![Box::new(Sq(1.0))];
    println!("{:?}", v);
    let e: Box<dyn std::error::Error> = "x".into();
    println!("{:?} {}", e, e);
    let d: &dyn Debug = &3;
    println!("{:?}", d);
    more();
}
fn more() {
    let items: Vec<Box<dyn std::fmt::Display>> = vec![Box::new(5), Box::new(2.5), Box::new("s")];
    for i in &items { print!("{} ", i); }
    println!();
}
