use std::fmt::Display;
trait Shape { const SIDES: u32; fn name(&self) -> String; fn describe(&self) -> String { format!("{} with {} sides", self.name(), Self::SIDES) } }
struct Tri; struct Sq;
impl Shape for Tri { const SIDES: u32 = 3; fn name(&self) -> String { "triangle".to_string() } }
impl Shape for Sq { const SIDES: u32 = 4; fn name(&self) -> String { String::from("square") } }
fn sides<T: Shape>(_t: &T) -> u32 { T::SIDES }
fn make<T: Default + std::fmt::Debug>() -> T { T::default() }
fn show<T: Display>(x: &T) -> String { x.to_string() }

fn main() {
    println!("{} {}", Tri.describe(), Sq.describe());
    println!("{} {} {}", sides(&Tri), Sq::SIDES, Tri::SIDES);
    let v: Vec<i32> = make(); let n: u8 = make(); let s: String = make();
    println!("{:?} {} {:?}", v, n, s);
    println!("{} {}", show(&5), show(&"hi"));

}
