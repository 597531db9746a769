mod shop {
    #[derive(Debug)]
    enum Category {
        Books,
        Games,
    }

    pub struct Product {
        pub name: String,
        pub price: u32,
    }

    pub fn catalog() -> Vec<Product> {
        vec![
            Product { name: "Rust in Action".into(), price: 45 },
            Product { name: "Chess set".into(), price: 30 },
        ]
    }

    pub fn describe(category_books: bool) -> String {
        let c = if category_books { Category::Books } else { Category::Games };
        format!("{:?}", c)
    }
}

use shop::Category;

fn main() {
    for p in shop::catalog() {
        println!("{} costs {}", p.name, p.price);
    }
    println!("{}", shop::describe(true));
    let c = Category::Games;
    println!("{:?}", c);
}
