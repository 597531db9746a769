// Mistake: passing the wrong newtype where another is expected.
struct UserId(u32);
struct OrderId(u32);

fn cancel_order(id: OrderId) {
    println!("cancelling order {}", id.0);
}

fn main() {
    let user = UserId(7);
    let order = OrderId(1001);
    cancel_order(order);
    cancel_order(user);
}
