// Fully qualified syntax when two traits share a method name
trait Pilot {
    fn fly(&self) -> String;
    fn id() -> u32;
}

trait Wizard {
    fn fly(&self) -> String;
    fn id() -> u32;
}

struct Human {
    name: String,
}

impl Pilot for Human {
    fn fly(&self) -> String {
        format!("This is your captain {} speaking.", self.name)
    }
    fn id() -> u32 {
        1
    }
}

impl Wizard for Human {
    fn fly(&self) -> String {
        String::from("Up!")
    }
    fn id() -> u32 {
        2
    }
}

impl Human {
    fn fly(&self) -> String {
        String::from("*waving arms furiously*")
    }
    fn id() -> u32 {
        0
    }
}

fn main() {
    let person = Human { name: String::from("Amelia") };
    println!("{}", person.fly());
    println!("{}", Pilot::fly(&person));
    println!("{}", Wizard::fly(&person));
    println!("{}", <Human as Pilot>::fly(&person));
    println!("{} {} {}", Human::id(), <Human as Pilot>::id(), <Human as Wizard>::id());
}
