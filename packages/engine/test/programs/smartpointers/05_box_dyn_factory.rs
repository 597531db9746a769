trait Animal {
    fn speak(&self) -> String;
    fn legs(&self) -> u32 {
        4
    }
}

struct Dog;
struct Cat {
    name: String,
}
struct Parrot;

impl Animal for Dog {
    fn speak(&self) -> String {
        "Woof".into()
    }
}

impl Animal for Cat {
    fn speak(&self) -> String {
        format!("{} says meow", self.name)
    }
}

impl Animal for Parrot {
    fn speak(&self) -> String {
        "Polly wants a cracker".into()
    }
    fn legs(&self) -> u32 {
        2
    }
}

fn make_animal(kind: &str) -> Option<Box<dyn Animal>> {
    match kind {
        "dog" => Some(Box::new(Dog)),
        "cat" => Some(Box::new(Cat { name: "Tom".to_string() })),
        "parrot" => Some(Box::new(Parrot)),
        _ => None,
    }
}

fn main() {
    let kinds = ["dog", "parrot", "fish", "cat"];
    let mut zoo: Vec<Box<dyn Animal>> = Vec::new();
    for k in kinds {
        match make_animal(k) {
            Some(a) => zoo.push(a),
            None => println!("no such animal: {}", k),
        }
    }
    let total_legs: u32 = zoo.iter().map(|a| a.legs()).sum();
    for a in &zoo {
        println!("{}", a.speak());
    }
    println!("{} animals, {} legs", zoo.len(), total_legs);
}
