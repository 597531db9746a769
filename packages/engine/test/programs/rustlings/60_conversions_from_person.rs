// from_into: build a Person from a "name,age" string, falling back to a default.
#[derive(Debug)]
struct Person {
    name: String,
    age: u8,
}

impl Default for Person {
    fn default() -> Self {
        Self { name: String::from("John"), age: 30 }
    }
}

impl From<&str> for Person {
    fn from(s: &str) -> Self {
        let mut split = s.split(',');
        let (Some(name), Some(age), None) = (split.next(), split.next(), split.next()) else {
            return Self::default();
        };
        if name.is_empty() {
            return Self::default();
        }
        let Ok(age) = age.parse::<u8>() else {
            return Self::default();
        };
        Self { name: name.into(), age }
    }
}

fn main() {
    let p1 = Person::from("Mark,20");
    let p2: Person = "Gerald,70".into();
    let p3 = Person::from("");
    let p4: Person = "Mike,32,dog".into();
    let p5 = Person::from(",1");
    let p6 = Person::from("Anna,two hundred");
    for p in [p1, p2, p3, p4, p5, p6] {
        println!("{:?}", p);
    }
}
