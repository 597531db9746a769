trait Shape { const SIDES: u32; fn name() -> String; fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq { const SIDES: u32 = 4; fn name() -> String { "square".into() } fn area(&self) -> f64 { self.0 * self.0 } }
fn describe<T: Shape>(t: &T) -> String { format!("{} {} {}", <T as Shape>::name(), <T as Shape>::SIDES, <T as Shape>::area(t)) }
fn main() {
    let v = <Vec<i32> as Default>::default();
    let s = <String>::from("x");
    println!("{:?} {} {} {}", v, s, <Sq as Shape>::SIDES, <Sq as Shape>::area(&Sq(2.0)));
    println!("{}", describe(&Sq(3.0)));
    println!("{}", <i32 as Default>::default());
}
