// A blanket impl: every type that implements Animal gets Loud for free.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
}

trait Loud {
    fn shout(&self) -> String;
}

impl<T: Animal> Loud for T {
    fn shout(&self) -> String {
        format!("{} goes {}!", self.name(), self.sound().to_uppercase())
    }
}

struct Dog;
struct Cow {
    name: String,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "The dog".to_string()
    }
    fn sound(&self) -> String {
        "woof".to_string()
    }
}

impl Animal for Cow {
    fn name(&self) -> String {
        self.name.clone()
    }
    fn sound(&self) -> String {
        "moo".to_string()
    }
}

fn make_noise<L: Loud>(x: &L) {
    println!("{}", x.shout());
}

fn main() {
    make_noise(&Dog);
    let daisy = Cow { name: "Daisy".to_string() };
    make_noise(&daisy);
    println!("{}", daisy.shout().len());
}
