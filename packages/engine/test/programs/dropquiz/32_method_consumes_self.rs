// A method taking `self` by value consumes the receiver.
struct Order {
    id: u32,
    items: Vec<&'static str>,
}

impl Drop for Order {
    fn drop(&mut self) {
        println!("order {} dropped ({} items)", self.id, self.items.len());
    }
}

impl Order {
    fn add(mut self, item: &'static str) -> Order {
        self.items.push(item);
        self
    }

    fn checkout(self) -> usize {
        println!("checking out order {}", self.id);
        self.items.len()
    }
}

fn main() {
    let order = Order { id: 42, items: vec![] }.add("tea").add("cake");
    println!("order has {} items", order.items.len());
    let count = order.checkout();
    println!("checked out {} items", count);
    let abandoned = Order { id: 43, items: vec!["pen"] };
    println!("abandoned {}", abandoned.id);
}
