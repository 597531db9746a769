#[derive(Debug)]
struct LineItem {
    sku: String,
    unit_price: u32,
    qty: u32,
}

#[derive(Debug, Default)]
struct Cart {
    items: Vec<LineItem>,
    coupon: Option<String>,
}

impl Cart {
    fn add(&mut self, sku: &str, unit_price: u32, qty: u32) -> &mut Self {
        self.items.push(LineItem { sku: sku.to_string(), unit_price, qty });
        self
    }

    fn apply_coupon(&mut self, code: &str) -> &mut Self {
        self.coupon = Some(code.to_uppercase());
        self
    }

    fn subtotal(&self) -> u32 {
        self.items.iter().map(|li| li.unit_price * li.qty).sum()
    }

    fn total(&self) -> u32 {
        let sub = self.subtotal();
        match self.coupon.as_deref() {
            Some("SAVE10") => sub - sub / 10,
            _ => sub,
        }
    }
}

fn main() {
    let mut cart = Cart::default();
    cart.add("APPLE", 50, 6).add("BREAD", 325, 1).apply_coupon("save10");
    println!("subtotal: {}", cart.subtotal());
    println!("total: {}", cart.total());
    for li in &cart.items {
        println!("{:<6} x{} @ {}", li.sku, li.qty, li.unit_price);
    }
    println!("{:?}", cart.coupon);
}
