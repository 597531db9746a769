trait Currency {
    const SYMBOL: &'static str;
    const DECIMALS: u32;

    fn format(amount: i64) -> String {
        let scale = 10i64.pow(Self::DECIMALS);
        format!("{}{}.{:0width$}", Self::SYMBOL, amount / scale, amount % scale, width = Self::DECIMALS as usize)
    }
}

struct Euro;
struct Yen;

impl Currency for Euro {
    const SYMBOL: &'static str = "€";
    const DECIMALS: u32 = 2;
}

impl Currency for Yen {
    const SYMBOL: &'static str = "¥";
}

fn main() {
    println!("{}", Euro::format(123456));
    println!("{}", Yen::format(5000));
}
