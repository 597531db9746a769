fn main() {
    let mut queue = vec!["a", "b", "c"];
    let mut i = 0;
    while i < 4 {
        let item = queue.remove(0);
        println!("took {}", item);
        i += 1;
    }
    println!("done: {:?}", queue);
}
