use std::collections::VecDeque;

struct RecentHistory {
    items: VecDeque<String>,
    capacity: usize,
}

impl RecentHistory {
    fn new(capacity: usize) -> Self {
        RecentHistory { items: VecDeque::with_capacity(capacity), capacity }
    }

    fn visit(&mut self, page: &str) {
        if let Some(pos) = self.items.iter().position(|p| p == page) {
            self.items.remove(pos);
        }
        self.items.push_front(page.to_string());
        if self.items.len() > self.capacity {
            self.items.pop_back();
        }
    }
}

fn main() {
    let mut h = RecentHistory::new(3);
    for page in ["home", "docs", "blog", "docs", "about", "home"] {
        h.visit(page);
        let v: Vec<&str> = h.items.iter().map(|s| s.as_str()).collect();
        println!("after {:<6} -> {:?}", page, v);
    }
    h.items.rotate_left(1);
    println!("rotated: {:?}", h.items);
}
