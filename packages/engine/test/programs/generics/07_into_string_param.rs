fn greet<S: Into<String>>(s: S) -> String { let mut o: String = s.into(); o.push('!'); o }
struct Person { name: String }
impl Person { fn new(name: impl Into<String>) -> Self { Person { name: name.into() } } }
fn main() {
    println!("{} {} {}", greet("a"), greet(String::from("b")), greet('c'));
    let p = Person::new("Ann"); let q = Person::new(String::from("Bo"));
    println!("{} {}", p.name, q.name);
}
