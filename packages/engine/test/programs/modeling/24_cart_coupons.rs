// Coupon codes parsed into an enum; invalid codes are errors.
#[derive(Debug, PartialEq)]
enum Coupon {
    Percent(u8),
    FreeShipping,
    Flat(u32),
}

#[derive(Debug)]
enum CouponError {
    Unknown(String),
    Expired(&'static str),
    MinimumNotMet { minimum: u32 },
}

fn parse_coupon(code: &str) -> Result<Coupon, CouponError> {
    match code {
        "SAVE10" => Ok(Coupon::Percent(10)),
        "SAVE25" => Ok(Coupon::Percent(25)),
        "SHIPFREE" => Ok(Coupon::FreeShipping),
        "FIVER" => Ok(Coupon::Flat(500)),
        "SUMMER19" => Err(CouponError::Expired("SUMMER19")),
        other => Err(CouponError::Unknown(other.to_string())),
    }
}

struct Order {
    items_cents: u32,
    shipping_cents: u32,
}

impl Order {
    fn apply(&self, coupon: &Coupon) -> Result<u32, CouponError> {
        let total = match coupon {
            Coupon::Percent(p) => {
                if self.items_cents < 2000 && *p > 10 {
                    return Err(CouponError::MinimumNotMet { minimum: 2000 });
                }
                self.items_cents * (100 - *p as u32) / 100 + self.shipping_cents
            }
            Coupon::FreeShipping => self.items_cents,
            Coupon::Flat(off) => self.items_cents.saturating_sub(*off) + self.shipping_cents,
        };
        Ok(total)
    }
}

fn checkout(order: &Order, code: &str) -> Result<u32, CouponError> {
    let coupon = parse_coupon(code)?;
    let total = order.apply(&coupon)?;
    Ok(total)
}

fn main() {
    let small = Order { items_cents: 1500, shipping_cents: 499 };
    let big = Order { items_cents: 8450, shipping_cents: 0 };
    let codes = ["SAVE10", "SAVE25", "SHIPFREE", "FIVER", "SUMMER19", "HACKER"];
    for (label, order) in [("small", &small), ("big", &big)] {
        println!("{} order (no coupon: {}):", label, order.items_cents + order.shipping_cents);
        for code in codes {
            match checkout(order, code) {
                Ok(total) => println!("  {:<9} -> {}", code, total),
                Err(e) => println!("  {:<9} -> {:?}", code, e),
            }
        }
    }
}
