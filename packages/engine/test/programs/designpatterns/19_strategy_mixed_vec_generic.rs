// Mistake: a Vec<T> can only hold one concrete type.
trait Greeter {
    fn greet(&self) -> String;
}

struct English;
struct Spanish;

impl Greeter for English {
    fn greet(&self) -> String { "Hello".to_string() }
}
impl Greeter for Spanish {
    fn greet(&self) -> String { "Hola".to_string() }
}

fn greet_all<G: Greeter>(gs: &[G]) {
    for g in gs {
        println!("{}", g.greet());
    }
}

fn main() {
    let gs = vec![English, Spanish];
    greet_all(&gs);
}
