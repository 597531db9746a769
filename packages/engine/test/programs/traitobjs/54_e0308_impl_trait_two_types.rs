trait Animal {
    fn speak(&self) -> String;
}

struct Dog;
struct Cat;

impl Animal for Dog {
    fn speak(&self) -> String { "Woof".to_string() }
}

impl Animal for Cat {
    fn speak(&self) -> String { "Meow".to_string() }
}

fn adopt(likes_dogs: bool) -> impl Animal {
    if likes_dogs {
        Dog
    } else {
        Cat
    }
}

fn main() {
    let pet = adopt(true);
    println!("{}", pet.speak());
}
