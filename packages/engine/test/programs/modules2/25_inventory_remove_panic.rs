// Removing stock that is not there: the module panics with a clear message.
mod inventory {
    pub struct Stock {
        pub sku: &'static str,
        count: u32,
    }

    impl Stock {
        pub fn new(sku: &'static str, count: u32) -> Stock {
            Stock { sku, count }
        }

        pub fn take(&mut self, n: u32) -> u32 {
            if n > self.count {
                panic!("cannot take {} of {}: only {} in stock", n, self.sku, self.count);
            }
            self.count -= n;
            self.count
        }
    }
}

fn main() {
    let mut widgets = inventory::Stock::new("WID-042", 10);
    println!("left: {}", widgets.take(4));
    println!("left: {}", widgets.take(6));
    println!("left: {}", widgets.take(1));
}
