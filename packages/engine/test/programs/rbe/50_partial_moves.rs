// Partial moves: moving one field out leaves the others usable.
#[derive(Debug)]
struct Person {
    name: String,
    age: Box<u8>,
}

fn main() {
    let person = Person {
        name: String::from("Alice"),
        age: Box::new(20),
    };

    let Person { name, ref age } = person;
    println!("The person's age is {}", age);
    println!("The person's name is {}", name);
    println!("The person's age from person struct is {}", person.age);

    let other = Person { name: String::from("Bob"), age: Box::new(33) };
    let taken_name = other.name;
    let age_again = other.age;
    println!("{} is {}", taken_name, age_again);
}
