struct TodoList {
    items: Vec<String>,
}

impl TodoList {
    fn add(&self, item: &str) {
        self.items.push(item.to_string());
    }

    fn show(&self) {
        for (i, it) in self.items.iter().enumerate() {
            println!("{}. {}", i + 1, it);
        }
    }
}

fn main() {
    let mut list = TodoList { items: vec![] };
    list.add("buy milk");
    list.show();
}
