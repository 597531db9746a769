struct Item(u8);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop item {}", self.0);
    }
}

fn main() {
    let mut items = vec![Item(1), Item(2), Item(3), Item(4)];
    let last = items.pop().unwrap();
    println!("popped {}", last.0);
    items.truncate(1);
    println!("truncated to {}", items.len());
    items.push(Item(5));
    println!("end of main");
}
