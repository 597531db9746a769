use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

struct Warehouse {
    stock: RefCell<HashMap<String, u32>>,
}

struct Shop {
    name: &'static str,
    warehouse: Rc<Warehouse>,
}

impl Shop {
    fn sell(&self, item: &str, qty: u32) {
        let mut stock = self.warehouse.stock.borrow_mut();
        match stock.get_mut(item) {
            Some(n) if *n >= qty => {
                *n -= qty;
                println!("{} sold {} x {}", self.name, qty, item);
            }
            Some(n) => println!("{}: only {} {} left", self.name, n, item),
            None => println!("{}: no such item {}", self.name, item),
        }
    }
}

fn main() {
    let wh = Rc::new(Warehouse { stock: RefCell::new(HashMap::new()) });
    {
        let mut s = wh.stock.borrow_mut();
        s.insert("apples".to_string(), 10);
        s.insert("pears".to_string(), 4);
        s.insert("plums".to_string(), 7);
    }
    let north = Shop { name: "North", warehouse: Rc::clone(&wh) };
    let south = Shop { name: "South", warehouse: Rc::clone(&wh) };

    north.sell("apples", 3);
    south.sell("pears", 5);
    south.sell("apples", 6);
    north.sell("kiwis", 1);
    north.sell("apples", 2);

    let stock = wh.stock.borrow();
    let mut items: Vec<(&String, &u32)> = stock.iter().collect();
    items.sort();
    for (name, qty) in items {
        println!("{:<7} {}", name, qty);
    }
}
