// Static dispatch (generics) vs dynamic dispatch (dyn)
trait Animal {
    fn speak(&self) -> String;
    fn legs(&self) -> u32 {
        4
    }
}

struct Dog;
struct Bird;

impl Animal for Dog {
    fn speak(&self) -> String {
        String::from("Woof")
    }
}

impl Animal for Bird {
    fn speak(&self) -> String {
        String::from("Tweet")
    }
    fn legs(&self) -> u32 {
        2
    }
}

fn static_talk<A: Animal>(a: &A) -> String {
    format!("static: {} on {} legs", a.speak(), a.legs())
}

fn dynamic_talk(a: &dyn Animal) -> String {
    format!("dynamic: {} on {} legs", a.speak(), a.legs())
}

fn total_legs(zoo: &[Box<dyn Animal>]) -> u32 {
    zoo.iter().map(|a| a.legs()).sum()
}

fn main() {
    let d = Dog;
    let b = Bird;
    println!("{}", static_talk(&d));
    println!("{}", static_talk(&b));
    println!("{}", dynamic_talk(&d));
    println!("{}", dynamic_talk(&b));

    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog), Box::new(Bird), Box::new(Bird)];
    for (i, a) in zoo.iter().enumerate() {
        println!("{}: {}", i, a.speak());
    }
    println!("legs in zoo: {}", total_legs(&zoo));

    let pick: &dyn Animal = if zoo.len() > 2 { &d } else { &b };
    println!("picked: {}", pick.speak());
}
