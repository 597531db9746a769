#[derive(Debug)]
struct Product {
    name: String,
    price_cents: u32,
    qty: u32,
}

fn parse_line(line: &str) -> Result<Product, String> {
    let fields: Vec<&str> = line.split(',').map(|f| f.trim()).collect();
    if fields.len() != 3 {
        return Err(format!("expected 3 fields, got {}", fields.len()));
    }
    let price_cents = fields[1]
        .parse::<u32>()
        .map_err(|e| format!("bad price {:?}: {}", fields[1], e))?;
    let qty = fields[2]
        .parse::<u32>()
        .map_err(|e| format!("bad qty {:?}: {}", fields[2], e))?;
    Ok(Product { name: fields[0].to_string(), price_cents, qty })
}

fn main() {
    let data = "Widget, 250, 4\nGadget,1999,1\nBroken,abc,2\nShort,5\nCrème brûlée, 650, 3";
    let mut total = 0;
    for line in data.lines() {
        match parse_line(line) {
            Ok(p) => {
                total += p.price_cents * p.qty;
                println!("{:?}", p);
            }
            Err(e) => println!("skip {:?}: {}", line, e),
        }
    }
    println!("total = ${}.{:02}", total / 100, total % 100);
}
