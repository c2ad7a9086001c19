/**
 * Words that follow "I'm", "this is" or "my name is" but are not names, and so end or refuse a name. Lower case;
 * compared case-insensitively. Grouped by why they are here, so a new false positive finds its group.
 */
const FUNCTION_WORDS = [
  'a', 'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'back', 'be', 'because', 'been',
  'before', 'being', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'done', 'each', 'either', 'else',
  'even', 'ever', 'every', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'however', 'i',
  "i'm", 'if', 'im', 'in', 'into', 'is', 'it', "it's", 'its', 'just', 'let', 'like', 'may', 'me', 'might', 'mine', 'more', 'most',
  'much', 'must', 'my', 'neither', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'one', 'only', 'or', 'other', 'our', 'ours',
  'out', 'over', 'own', 'please', 'quite', 'rather', 'really', 'same', 'she', 'should', 'since', 'so', 'some', 'still', 'such',
  'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through', 'to', 'too',
  'under', 'until', 'up', 'upon', 'us', 'very', 'was', 'we', 'well', 'were', 'what', 'when', 'where', 'whether', 'which',
  'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yet', 'you', 'your', 'yours',
];
/** States, feelings and stances people announce with "I'm …". */
const STATES = [
  'able', 'afraid', 'alone', 'annoyed', 'around', 'available', 'aware', 'away', 'bad', 'big', 'bored', 'busy', 'certain',
  'clear', 'close', 'cool', 'curious', 'done', 'due', 'eager', 'fine', 'free', 'fresh', 'glad', 'good', 'great', 'happy', 'keen',
  'late', 'lost', 'new', 'next', 'nervous', 'ok', 'okay', 'open', 'out', 'new', 'off', 'on', 'ready', 'right', 'sad', 'sick',
  'sorry', 'stuck', 'sure', 'tired', 'unclear', 'unsure', 'upset', 'wrong', 'home', 'online', 'offline', 'in', 'game', 'down',
  'totally', 'super', 'pretty', 'fairly', 'kind', 'sort', 'somewhat', 'completely', 'absolutely', 'definitely', 'probably',
  'currently', 'actually', 'basically', 'literally', 'honestly', 'personally', 'always', 'never', 'often', 'usually',
  'already', 'almost', 'finally', 'new', 'first', 'second', 'last', 'trying', 'going', 'gonna', 'about', 'thinking',
  'confused', 'interested', 'concerned', 'worried', 'based', 'responsible', 'involved', 'tasked', 'leading', 'building',
  'getting', 'having', 'hoping', 'planning', 'looking', 'wondering', 'asking', 'working', 'evaluating', 'comparing',
  'struggling', 'reviewing', 'writing', 'preparing', 'running', 'using', 'considering', 'drafting',
  // -ed and -ly words are listed rather than cut by their ending: Ahmed, Mohammed, Jared, Emily and Kimberly end so too.
  'annoyed', 'allowed', 'authorised', 'authorized', 'blocked', 'bored', 'concerned', 'convinced', 'delighted', 'disappointed',
  'employed', 'excited', 'frustrated', 'impressed', 'involved', 'located', 'locked', 'logged', 'married', 'overwhelmed',
  'pleased', 'prepared', 'qualified', 'registered', 'required', 'retired', 'scared', 'signed', 'situated', 'supposed',
  'surprised', 'tasked', 'tied', 'used', 'worried', 'genuinely', 'seriously', 'really', 'only', 'simply', 'mostly', 'mainly',
  'likely', 'unlikely', 'early', 'nearly', 'partly', 'recently', 'slightly', 'truly', 'fully', 'newly', 'sensitive',
  'active', 'positive', 'negative', 'responsible', 'native', 'exclusive', 'aggressive', 'supportive',
];
/** Roles, teams and titles: "I'm Head of Procurement", "this is Legal", "I'm the CTO". */
const ROLES = [
  'admin', 'administrator', 'advisor', 'analyst', 'architect', 'assistant', 'associate', 'buyer', 'ceo', 'cfo', 'chief', 'ciso',
  'consultant', 'contractor', 'counsel', 'cto', 'dev', 'developer', 'director', 'dpo', 'engineer', 'founder', 'freelancer',
  'head', 'intern', 'junior', 'lawyer', 'lead', 'legal', 'manager', 'member', 'officer', 'owner', 'partner', 'president',
  'procurement', 'product', 'researcher', 'scientist', 'senior', 'specialist', 'student', 'team', 'vp', 'finance', 'security',
  'compliance', 'operations', 'ops', 'it', 'hr', 'sales', 'marketing', 'support', 'staff', 'employee', 'user', 'customer',
  'client', 'vendor', 'supplier', 'beginner', 'newbie', 'expert', 'fan', 'part', 'one', 'someone', 'somebody', 'nobody',
  'everyone', 'anyone', 'colleague', 'colleagues', 'guy', 'person', 'bot', 'human', 'company', 'org', 'organisation',
  'organization', 'firm', 'department', 'group', 'board', 'committee',
];
/** Greetings, closings and chat words that sit where a name would in a sign-off. */
const CHAT = [
  'all', 'everyone', 'folks', 'guys', 'team', 'mate', 'mates', 'again', 'advance', 'anyway', 'bye', 'cheers', 'hello', 'hey',
  'hi', 'lol', 'ta', 'thanks', 'thank', 'thx', 'regards', 'best', 'yes', 'no', 'yeah', 'yep', 'nope', 'sir', 'madam', 'question',
  'quick', 'following', 'follow', 'asking', 'reply', 'help', 'update', 'note', 'fyi', 'ps', 'tia', 'much', 'loads', 'heaps',
  'kindly', 'see', 'below', 'above', 'attached', 'hope', 'wishes', 'soon', 'later', 'tomorrow', 'today', 'tonight', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'great', 'awesome', 'nice', 'perfect', 'brilliant',
  'gdpr', 'ai', 'api', 'llm', 'model', 'models', 'vendor', 'vendors', 'answer', 'question', 'questions', 'bot',
];

/** "I'm British", "this is English law": nationalities and languages are capitalised too. */
const NATIONALITIES = [
  'american', 'australian', 'austrian', 'belgian', 'brazilian', 'british', 'canadian', 'chinese', 'danish', 'dutch', 'english',
  'european', 'finnish', 'french', 'german', 'greek', 'indian', 'irish', 'italian', 'japanese', 'korean', 'mexican', 'nigerian',
  'norwegian', 'polish', 'portuguese', 'scottish', 'spanish', 'swedish', 'swiss', 'welsh', 'uk', 'us', 'eu',
];

/** "This is Claude, an AI": the models, vendors and products this bot is asked about wear names too. */
const PRODUCTS = [
  'alexa', 'amazon', 'anthropic', 'apple', 'aws', 'azure', 'bard', 'bedrock', 'bing', 'chatgpt', 'claude', 'cohere', 'copilot',
  'cortana', 'deepseek', 'falcon', 'gemini', 'gemma', 'google', 'gpt', 'grok', 'ibm', 'llama', 'meta', 'microsoft', 'mistral',
  'mixtral', 'nvidia', 'ollama', 'openai', 'oracle', 'perplexity', 'phi', 'qwen', 'salesforce', 'siri', 'slack', 'teams',
  'vertex', 'watson', 'zoom', 'world',
];

export const NOT_A_NAME: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...STATES, ...ROLES, ...CHAT, ...NATIONALITIES, ...PRODUCTS]);

/**
 * Lower-case words with these endings are verbs or adjectives far more often than names ("trying", "hopeful",
 * "curious", "available"). Short "-ing" words stay possible names (Ming, Jing).
 */
export const NOT_A_NAME_ENDING = /(?:\p{L}{3,}ing|ful|ous|able|ible|less|ness|ment|tion|sion)$/iu;

/** Lower-case words that join the parts of a name: "Ana de Souza", "Jan van der Berg", "Abdullah bin Zayed". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'bin', 'binti', 'bint', 'al', 'el', 'y', 'zu']);

/** Words that make the capitalised words before them an organisation: "our client Acme Corp", "this is Acme Labs". */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'ag', 'ai', 'associates', 'bank', 'bv', 'co', 'company', 'consulting', 'corp', 'corporation', 'council', 'gmbh', 'group',
  'holdings', 'inc', 'industries', 'international', 'labs', 'limited', 'llc', 'llp', 'ltd', 'partners', 'plc', 'sa', 'sarl',
  'services', 'software', 'solutions', 'systems', 'technologies', 'trust', 'university', 'board', 'agency', 'authority',
  'department', 'ministry', 'office', 'foundation', 'institute', 'committee', 'team',
]);
