// kind: compiles
// title: Moving one field out, then printing the struct
// tags: move
// difficulty: 2
// ---
#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}
fn main() {
    let p = Person { name: String::from("Ann"), age: 30 };
    let n = p.name;
    println!("{}", n);
    println!("{:?}", p);
}
