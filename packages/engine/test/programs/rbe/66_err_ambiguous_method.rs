// Two traits provide a method with the same name: the call must be disambiguated.
trait Pilot {
    fn fly(&self) -> String;
}

trait Wizard {
    fn fly(&self) -> String;
}

struct Human {
    name: &'static str,
}

impl Pilot for Human {
    fn fly(&self) -> String { format!("{}: This is your captain speaking.", self.name) }
}

impl Wizard for Human {
    fn fly(&self) -> String { format!("{}: Up!", self.name) }
}

fn main() {
    let person = Human { name: "Harry" };
    println!("{}", Pilot::fly(&person));
    println!("{}", person.fly());
}
