// Quiz: the trait declares a method, the impl forgets `self`.
trait Describe {
    fn describe(&self) -> String;
}

struct Planet {
    name: String,
    moons: u32,
}

impl Describe for Planet {
    fn describe() -> String {
        String::from("a planet")
    }
}

fn main() {
    let p = Planet { name: String::from("Mars"), moons: 2 };
    println!("{} ({} moons)", p.describe(), p.moons);
    println!("{}", p.name);
}
