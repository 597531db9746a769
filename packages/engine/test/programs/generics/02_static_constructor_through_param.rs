trait Animal { const LEGS: u32 = 4; fn new(name: &str) -> Self; fn name(&self) -> String; fn speak(&self) -> String { format!("{} has {} legs", self.name(), Self::LEGS) } }
struct Dog { name: String }
struct Bird { name: String }
impl Animal for Dog { fn new(name: &str) -> Self { Dog { name: name.to_string() } } fn name(&self) -> String { self.name.clone() } }
impl Animal for Bird { const LEGS: u32 = 2; fn new(name: &str) -> Self { Bird { name: name.to_string() } } fn name(&self) -> String { self.name.clone() } }
#[derive(Debug)]
struct Config { verbose: bool, level: u8 }
impl Default for Config { fn default() -> Self { Config { verbose: true, level: 3 } } }
fn make_pair<A: Animal>(a: &str, b: &str) -> (A, A) { (A::new(a), A::new(b)) }
fn legs<A: Animal>() -> u32 { A::LEGS * 2 }
fn fresh<T: Default>() -> T { T::default() }
fn main() {
    let (d1, d2): (Dog, Dog) = make_pair("Rex", "Fido");
    println!("{} / {}", d1.speak(), d2.speak());
    let (b, _) = make_pair::<Bird>("Tweety", "Zazu");
    println!("{}", b.speak());
    println!("{} {} {}", legs::<Dog>(), legs::<Bird>(), Dog::LEGS + Bird::LEGS);
    let c: Config = fresh();
    println!("{:?}", c);
    let s = fresh::<String>();
    println!("[{}] {}", s, fresh::<i64>());
}
