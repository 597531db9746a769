trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
}

trait Pet: Animal {
    fn owner(&self) -> String;

    fn greet(&self) -> String {
        format!("{} (owned by {}) says {}", self.name(), self.owner(), self.sound())
    }
}

struct Dog {
    name: String,
    owner: String,
}

struct Cat {
    name: String,
    owner: String,
    lives: u8,
}

impl Animal for Dog {
    fn name(&self) -> String { self.name.clone() }
    fn sound(&self) -> String { "woof".to_string() }
}

impl Pet for Dog {
    fn owner(&self) -> String { self.owner.clone() }
}

impl Animal for Cat {
    fn name(&self) -> String { self.name.clone() }
    fn sound(&self) -> String { "meow".to_string() }
}

impl Pet for Cat {
    fn owner(&self) -> String { self.owner.clone() }
    fn greet(&self) -> String {
        format!("{} ignores you ({} lives left)", self.name, self.lives)
    }
}

fn introduce(p: &dyn Pet) {
    println!("{}", p.greet());
    println!("  -> name via supertrait: {}", p.name());
}

fn main() {
    let rex = Dog { name: "Rex".into(), owner: "Sam".into() };
    let tom = Cat { name: "Tom".into(), owner: "Ana".into(), lives: 9 };
    introduce(&rex);
    introduce(&tom);
}
