// structs3: methods on a Package, including one that panics on bad input.
#[derive(Debug)]
struct Package {
    sender_country: String,
    recipient_country: String,
    weight_in_grams: u32,
}

impl Package {
    fn new(sender_country: String, recipient_country: String, weight_in_grams: u32) -> Self {
        if weight_in_grams < 10 {
            panic!("Can't ship a package with weight below 10 grams");
        }
        Self { sender_country, recipient_country, weight_in_grams }
    }

    fn is_international(&self) -> bool {
        self.sender_country != self.recipient_country
    }

    fn get_fees(&self, cents_per_gram: u32) -> u32 {
        self.weight_in_grams * cents_per_gram
    }
}

fn main() {
    let domestic = Package::new("Canada".into(), "Canada".into(), 1200);
    let abroad = Package::new("Spain".into(), "Russia".into(), 1500);
    println!("domestic international? {}", domestic.is_international());
    println!("abroad international? {}", abroad.is_international());
    println!("fees: {} cents", abroad.get_fees(3));

    let feather = Package::new("Peru".into(), "Chile".into(), 5);
    println!("never printed: {:?}", feather);
}
