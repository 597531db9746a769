use std::mem;

#[derive(Debug, Default)]
struct Category {
    name: String,
    items: Vec<String>,
    subcategories: Vec<Category>,
}

fn count_items(c: &Category) -> usize {
    c.items.len() + c.subcategories.iter().map(count_items).sum::<usize>()
}

// Move every item into `out`, emptying each category's item list as we go.
fn flatten_into(c: &mut Category, out: &mut Vec<String>) {
    out.append(&mut c.items);
    for sub in c.subcategories.iter_mut() {
        flatten_into(sub, out);
    }
}

fn main() {
    let mut shop = Category {
        name: "Shop".into(),
        items: vec!["gift card".into()],
        subcategories: vec![
            Category {
                name: "Books".into(),
                items: vec!["Dune".into(), "Emma".into()],
                subcategories: vec![Category {
                    name: "Comics".into(),
                    items: vec!["Tintin".into()],
                    ..Default::default()
                }],
            },
            Category { name: "Music".into(), items: vec!["Abbey Road".into()], ..Default::default() },
        ],
    };
    println!("{} has {} items", shop.name, count_items(&shop));

    let mut all = Vec::new();
    flatten_into(&mut shop, &mut all);
    println!("flattened: {:?}", all);
    println!("items left in tree: {}", count_items(&shop));

    let old_subs = mem::take(&mut shop.subcategories);
    let names: Vec<&str> = old_subs.iter().map(|c| c.name.as_str()).collect();
    println!("detached {:?}; shop now has {} subcategories", names, shop.subcategories.len());

    let old_name = mem::replace(&mut shop.name, String::from("Outlet"));
    println!("renamed {} -> {}", old_name, shop.name);
}
