// Accept anything that can become a String: &str, String, char...
#[derive(Debug)]
struct Student {
    name: String,
    house: String,
}

impl Student {
    fn new<N: Into<String>, H: Into<String>>(name: N, house: H) -> Self {
        Student { name: name.into(), house: house.into() }
    }
}

fn shout<S: AsRef<str>>(text: S) -> String {
    text.as_ref().to_uppercase()
}

fn main() {
    let s1 = Student::new("Luna", String::from("Ravenclaw"));
    let owned = String::from("Neville");
    let s2 = Student::new(owned, "Gryffindor");
    println!("{:?}", s1);
    println!("{} of {}", s2.name, s2.house);

    let initial = Student::new('H', "Hufflepuff");
    println!("{:?}", initial);

    println!("{}", shout("quiet please"));
    println!("{}", shout(String::from("exam today")));
    println!("{}", shout(&s1.house));
}
