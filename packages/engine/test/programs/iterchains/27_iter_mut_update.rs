#[derive(Debug)]
struct Account {
    owner: String,
    balance: f64,
}

fn main() {
    let mut prices = vec![10.0, 24.5, 3.25];
    for p in prices.iter_mut() {
        *p *= 1.2;
    }
    println!("{:?}", prices);

    let mut accounts = vec![
        Account { owner: "Ana".to_string(), balance: 100.0 },
        Account { owner: "Raj".to_string(), balance: 0.0 },
        Account { owner: "Kim".to_string(), balance: 250.0 },
    ];
    accounts
        .iter_mut()
        .filter(|a| a.balance > 0.0)
        .for_each(|a| a.balance *= 1.05);
    for a in &accounts {
        println!("{}: {:.2}", a.owner, a.balance);
    }

    let mut grid = vec![vec![0; 3]; 2];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = r * 3 + c;
        }
    }
    println!("{:?}", grid);
}
