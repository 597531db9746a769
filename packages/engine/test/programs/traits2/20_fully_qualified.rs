// Two traits with the same method name: fully qualified syntax picks one.
trait Pilot {
    fn fly(&self) -> String;
    fn rank() -> &'static str;
}

trait Wizard {
    fn fly(&self) -> String;
    fn rank() -> &'static str;
}

struct Human {
    name: String,
}

impl Pilot for Human {
    fn fly(&self) -> String {
        format!("{} starts the engines", self.name)
    }
    fn rank() -> &'static str {
        "captain"
    }
}

impl Wizard for Human {
    fn fly(&self) -> String {
        format!("{} rides a broom", self.name)
    }
    fn rank() -> &'static str {
        "archmage"
    }
}

impl Human {
    fn fly(&self) -> String {
        format!("{} waves arms", self.name)
    }
}

fn main() {
    let h = Human { name: "Sam".to_string() };
    println!("{}", h.fly());
    println!("{}", Pilot::fly(&h));
    println!("{}", Wizard::fly(&h));
    println!("{}", <Human as Pilot>::rank());
    println!("{}", <Human as Wizard>::rank());
}
