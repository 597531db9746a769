// A typestate client: you can only send after connecting and authenticating
use std::marker::PhantomData;

struct Disconnected;
struct Connected;
struct Authenticated;

struct Client<S> {
    host: String,
    sent: Vec<String>,
    state: PhantomData<S>,
}

impl Client<Disconnected> {
    fn new(host: &str) -> Self {
        Client { host: host.to_string(), sent: Vec::new(), state: PhantomData }
    }
    fn connect(self) -> Client<Connected> {
        println!("connecting to {}", self.host);
        Client { host: self.host, sent: self.sent, state: PhantomData }
    }
}

impl Client<Connected> {
    fn login(self, user: &str, password: &str) -> Result<Client<Authenticated>, Client<Connected>> {
        if password.len() >= 8 {
            println!("{} logged in", user);
            Ok(Client { host: self.host, sent: self.sent, state: PhantomData })
        } else {
            println!("login for {} rejected", user);
            Err(self)
        }
    }
}

impl Client<Authenticated> {
    fn send(&mut self, msg: &str) {
        self.sent.push(msg.to_string());
    }
    fn logout(self) -> Client<Disconnected> {
        println!("bye from {} after {} message(s)", self.host, self.sent.len());
        Client { host: self.host, sent: Vec::new(), state: PhantomData }
    }
}

fn main() {
    let client = Client::new("mail.example.org").connect();
    let client = match client.login("kim", "short") {
        Ok(c) => c,
        Err(c) => c.login("kim", "much-longer-secret").ok().unwrap(),
    };
    let mut client = client;
    client.send("HELO");
    client.send("DATA");
    println!("sent so far: {:?}", client.sent);
    let offline = client.logout();
    println!("offline, history kept: {}", offline.sent.len());
}
