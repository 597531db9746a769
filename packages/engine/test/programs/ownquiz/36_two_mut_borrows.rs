fn main() {
    let mut queue = vec!["a", "b"];
    let front = &mut queue;
    let back = &mut queue;
    front.push("c");
    back.push("d");
    println!("{:?}", queue);
}
