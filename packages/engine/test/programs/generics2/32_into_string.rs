// Accept anything that converts into a String.
struct Person {
    name: String,
    city: String,
}

impl Person {
    fn new<N: Into<String>, C: Into<String>>(name: N, city: C) -> Person {
        Person { name: name.into(), city: city.into() }
    }
}

fn shout<S: Into<String>>(s: S) -> String {
    let mut owned: String = s.into();
    owned.make_ascii_uppercase();
    owned
}

fn main() {
    let a = Person::new("Ada", "London");
    let b = Person::new(String::from("Alan"), "Manchester");
    println!("{} lives in {}", a.name, a.city);
    println!("{} lives in {}", b.name, b.city);

    println!("{}", shout("quiet please"));
    println!("{}", shout(String::from("still quiet")));
    println!("{}", shout('x'));
}
