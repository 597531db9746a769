// kind: compiles
// title: Lending a Vec that is not mut
// tags: mutable-borrow
// difficulty: 1
// ---
fn add_item(list: &mut Vec<i32>) {
    list.push(1);
}

fn main() {
    let items: Vec<i32> = Vec::new();
    add_item(&mut items);
    println!("{:?}", items);
}
