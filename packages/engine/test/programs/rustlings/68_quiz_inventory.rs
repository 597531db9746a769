// A quiz mixing structs, hashmaps, options and errors: a small shop inventory.
use std::collections::HashMap;

#[derive(Debug)]
enum ShopError {
    UnknownItem(String),
    OutOfStock { item: String, wanted: u32, left: u32 },
}

struct Shop {
    stock: HashMap<String, (u32, u32)>, // name -> (count, price in cents)
}

impl Shop {
    fn new() -> Self {
        Shop { stock: HashMap::new() }
    }

    fn add(&mut self, name: &str, count: u32, price: u32) {
        let entry = self.stock.entry(name.to_string()).or_insert((0, price));
        entry.0 += count;
    }

    fn buy(&mut self, name: &str, wanted: u32) -> Result<u32, ShopError> {
        let (left, price) = self
            .stock
            .get_mut(name)
            .ok_or_else(|| ShopError::UnknownItem(name.to_string()))?;
        if *left < wanted {
            return Err(ShopError::OutOfStock { item: name.to_string(), wanted, left: *left });
        }
        *left -= wanted;
        Ok(wanted * *price)
    }
}

fn main() {
    let mut shop = Shop::new();
    shop.add("pencil", 10, 120);
    shop.add("eraser", 3, 80);
    shop.add("pencil", 5, 120);

    for (item, n) in [("pencil", 4), ("eraser", 5), ("ruler", 1), ("eraser", 3)] {
        match shop.buy(item, n) {
            Ok(cost) => println!("bought {n} {item}(s) for {cost} cents"),
            Err(e) => println!("could not buy {item}: {e:?}"),
        }
    }

    let mut names: Vec<&String> = shop.stock.keys().collect();
    names.sort();
    for name in names {
        println!("{name}: {} left", shop.stock[name].0);
    }
}
