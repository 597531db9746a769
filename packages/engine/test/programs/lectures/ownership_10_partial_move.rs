// Moving one field out of a struct leaves the others usable.
#[derive(Debug)]
struct Person {
    name: String,
    email: String,
    age: u32,
}

fn main() {
    let p = Person {
        name: String::from("Alice"),
        email: String::from("alice@example.org"),
        age: 30,
    };

    let name = p.name; // partial move
    println!("moved name: {}", name);
    println!("email still here: {}", p.email);
    println!("age is Copy: {}", p.age);

    let q = Person { name: String::from("Bob"), email: String::from("bob@example.org"), age: 25 };
    let Person { name: qn, ref email, age } = q;
    println!("{} <{}> {}", qn, email, age);
    println!("q.email through the struct: {}", q.email);

    let pair = (String::from("left"), String::from("right"));
    let (l, _) = pair;
    println!("l = {}, pair.1 = {}", l, pair.1);
}
